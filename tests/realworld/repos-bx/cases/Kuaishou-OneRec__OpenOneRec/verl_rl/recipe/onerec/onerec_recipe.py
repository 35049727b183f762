stub: upstream file of 21370 bytes
