stub: upstream file of 10969 bytes
