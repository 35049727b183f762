stub: upstream file of 13138 bytes
