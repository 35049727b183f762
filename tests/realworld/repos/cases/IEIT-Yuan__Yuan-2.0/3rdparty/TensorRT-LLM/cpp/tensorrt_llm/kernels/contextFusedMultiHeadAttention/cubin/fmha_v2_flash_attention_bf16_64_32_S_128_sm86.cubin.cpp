stub: upstream file of 458613 bytes
