stub: upstream file of 30355 bytes
