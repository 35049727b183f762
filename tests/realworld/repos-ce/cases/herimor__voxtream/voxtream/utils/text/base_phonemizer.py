stub: upstream file of 4580 bytes
