stub: upstream file of 13987 bytes
