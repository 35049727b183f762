stub: upstream file of 12710 bytes
