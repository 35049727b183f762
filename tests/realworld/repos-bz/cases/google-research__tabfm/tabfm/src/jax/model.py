stub: upstream file of 89830 bytes
