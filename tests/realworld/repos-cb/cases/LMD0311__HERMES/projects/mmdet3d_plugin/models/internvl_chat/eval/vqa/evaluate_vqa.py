stub: upstream file of 21304 bytes
