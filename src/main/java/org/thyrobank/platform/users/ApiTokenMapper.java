package org.thyrobank.platform.users;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApiTokenMapper {

    void insert(TokenRow row);

    /** The user a token hash belongs to, or null. */
    String userOf(String tokenHash);

    int deleteOf(String userName);

    record TokenRow(String userName, String tokenHash, LocalDateTime created) {}
}
