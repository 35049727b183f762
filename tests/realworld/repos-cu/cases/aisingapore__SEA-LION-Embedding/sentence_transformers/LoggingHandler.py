stub: upstream file of 1830 bytes
