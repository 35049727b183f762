stub: upstream file of 10355 bytes
