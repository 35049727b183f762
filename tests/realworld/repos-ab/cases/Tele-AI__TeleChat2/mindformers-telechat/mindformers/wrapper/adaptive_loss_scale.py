stub: upstream file of 14073 bytes
