stub: upstream file of 30646 bytes
