stub: upstream file of 16793 bytes
