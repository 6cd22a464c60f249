package org.thyrobank.platform.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditMapper {

    void insert(AuditEntry entry);

    List<AuditEntry> find(AuditQuery query);
}
