stub: upstream file of 20883 bytes
