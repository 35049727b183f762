stub: upstream file of 4489 bytes
