stub: upstream file of 14628 bytes
