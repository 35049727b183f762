stub: upstream file of 14832 bytes
