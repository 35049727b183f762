stub: upstream file of 18228 bytes
