stub: upstream file of 36231 bytes
