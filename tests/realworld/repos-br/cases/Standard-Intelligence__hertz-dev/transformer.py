stub: upstream file of 12057 bytes
