stub: upstream file of 288 bytes
