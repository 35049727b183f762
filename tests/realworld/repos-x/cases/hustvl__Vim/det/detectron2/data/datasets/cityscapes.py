stub: upstream file of 13167 bytes
