stub: upstream file of 6253 bytes
