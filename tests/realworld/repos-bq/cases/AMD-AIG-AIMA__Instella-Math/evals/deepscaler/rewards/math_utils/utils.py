stub: upstream file of 14248 bytes
