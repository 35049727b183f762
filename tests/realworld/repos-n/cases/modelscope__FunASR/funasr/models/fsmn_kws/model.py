stub: upstream file of 12015 bytes
