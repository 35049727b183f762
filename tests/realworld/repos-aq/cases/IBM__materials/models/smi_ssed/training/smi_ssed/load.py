stub: upstream file of 7830 bytes
