stub: upstream file of 6808 bytes
