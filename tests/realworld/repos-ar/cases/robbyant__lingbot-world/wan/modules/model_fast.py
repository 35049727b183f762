stub: upstream file of 27179 bytes
