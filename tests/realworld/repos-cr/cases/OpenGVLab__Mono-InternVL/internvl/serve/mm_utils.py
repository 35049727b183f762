stub: upstream file of 4015 bytes
