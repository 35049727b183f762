stub: upstream file of 166017 bytes
