stub: upstream file of 9246 bytes
