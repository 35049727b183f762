stub: upstream file of 3830 bytes
