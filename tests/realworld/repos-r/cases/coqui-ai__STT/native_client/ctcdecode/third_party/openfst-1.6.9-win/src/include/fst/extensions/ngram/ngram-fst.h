stub: upstream file of 34355 bytes
