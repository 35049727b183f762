stub: upstream file of 6628 bytes
