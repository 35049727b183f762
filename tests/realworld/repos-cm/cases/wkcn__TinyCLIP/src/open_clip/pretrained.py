stub: upstream file of 14766 bytes
