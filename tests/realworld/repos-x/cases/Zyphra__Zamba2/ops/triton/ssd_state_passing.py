stub: upstream file of 16377 bytes
