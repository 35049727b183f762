stub: upstream file of 32646 bytes
