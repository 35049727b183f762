stub: upstream file of 12234 bytes
