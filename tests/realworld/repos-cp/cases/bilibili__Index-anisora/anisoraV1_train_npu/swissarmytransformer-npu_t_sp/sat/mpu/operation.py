stub: upstream file of 6489 bytes
