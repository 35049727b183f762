stub: upstream file of 8636 bytes
