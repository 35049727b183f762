stub: upstream file of 7206 bytes
