stub: upstream file of 30550 bytes
