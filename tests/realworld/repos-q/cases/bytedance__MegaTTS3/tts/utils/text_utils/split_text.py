stub: upstream file of 12212 bytes
