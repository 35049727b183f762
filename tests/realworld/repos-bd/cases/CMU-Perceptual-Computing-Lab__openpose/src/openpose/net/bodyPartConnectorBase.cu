stub: upstream file of 14644 bytes
