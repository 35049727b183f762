stub: upstream file of 18853 bytes
