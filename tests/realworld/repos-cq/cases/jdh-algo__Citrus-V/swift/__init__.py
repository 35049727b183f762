stub: upstream file of 2815 bytes
