stub: upstream file of 24240 bytes
