stub: upstream file of 23288 bytes
