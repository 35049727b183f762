stub: upstream file of 24068 bytes
