stub: upstream file of 40024 bytes
