stub: upstream file of 44883 bytes
