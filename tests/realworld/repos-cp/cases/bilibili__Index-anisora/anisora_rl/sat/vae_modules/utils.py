stub: upstream file of 13097 bytes
