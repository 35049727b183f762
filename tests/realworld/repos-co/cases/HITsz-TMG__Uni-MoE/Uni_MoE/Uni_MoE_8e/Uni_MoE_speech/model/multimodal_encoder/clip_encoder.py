stub: upstream file of 2720 bytes
