stub: upstream file of 7245 bytes
