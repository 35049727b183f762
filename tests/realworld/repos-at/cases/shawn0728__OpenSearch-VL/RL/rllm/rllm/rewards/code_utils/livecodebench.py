stub: upstream file of 17363 bytes
