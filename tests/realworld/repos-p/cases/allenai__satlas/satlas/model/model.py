stub: upstream file of 37370 bytes
