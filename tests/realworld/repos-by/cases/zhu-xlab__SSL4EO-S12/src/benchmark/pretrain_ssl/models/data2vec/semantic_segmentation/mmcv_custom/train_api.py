stub: upstream file of 4416 bytes
