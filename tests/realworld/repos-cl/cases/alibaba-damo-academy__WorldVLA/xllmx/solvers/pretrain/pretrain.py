stub: upstream file of 82438 bytes
