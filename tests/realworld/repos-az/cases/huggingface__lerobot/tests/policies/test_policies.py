stub: upstream file of 24330 bytes
