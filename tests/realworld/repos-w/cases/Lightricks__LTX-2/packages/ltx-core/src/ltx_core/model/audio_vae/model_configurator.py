stub: upstream file of 8893 bytes
