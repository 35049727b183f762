stub: upstream file of 73295 bytes
