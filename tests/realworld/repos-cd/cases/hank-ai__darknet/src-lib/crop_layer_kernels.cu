stub: upstream file of 5206 bytes
