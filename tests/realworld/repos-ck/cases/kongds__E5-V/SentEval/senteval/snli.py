stub: upstream file of 4577 bytes
