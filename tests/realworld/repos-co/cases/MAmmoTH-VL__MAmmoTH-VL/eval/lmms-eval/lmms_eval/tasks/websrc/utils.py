stub: upstream file of 4240 bytes
