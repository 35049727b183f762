stub: upstream file of 14639 bytes
