stub: upstream file of 93709 bytes
