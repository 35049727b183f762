stub: upstream file of 29304 bytes
