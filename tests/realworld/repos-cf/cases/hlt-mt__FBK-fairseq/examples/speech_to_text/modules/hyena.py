stub: upstream file of 12830 bytes
