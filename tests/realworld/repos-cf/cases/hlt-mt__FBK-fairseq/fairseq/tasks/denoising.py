stub: upstream file of 8003 bytes
