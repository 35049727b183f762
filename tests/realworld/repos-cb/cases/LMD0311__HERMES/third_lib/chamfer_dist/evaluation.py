stub: upstream file of 11282 bytes
