stub: upstream file of 6046 bytes
