stub: upstream file of 53024 bytes
