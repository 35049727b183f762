stub: upstream file of 4202 bytes
