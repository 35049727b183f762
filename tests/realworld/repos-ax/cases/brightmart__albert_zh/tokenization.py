stub: upstream file of 13314 bytes
