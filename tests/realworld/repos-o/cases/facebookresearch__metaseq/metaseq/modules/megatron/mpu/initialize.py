stub: upstream file of 11228 bytes
