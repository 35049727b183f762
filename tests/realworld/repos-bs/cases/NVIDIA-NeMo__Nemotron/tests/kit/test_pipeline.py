stub: upstream file of 10390 bytes
