stub: upstream file of 75438 bytes
