stub: upstream file of 8832 bytes
