stub: upstream file of 18531 bytes
