stub: upstream file of 13246 bytes
