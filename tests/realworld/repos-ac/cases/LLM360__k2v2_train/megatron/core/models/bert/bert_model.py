stub: upstream file of 16350 bytes
