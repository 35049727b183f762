stub: upstream file of 29197 bytes
