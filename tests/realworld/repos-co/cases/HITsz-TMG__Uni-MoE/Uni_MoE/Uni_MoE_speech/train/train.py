stub: upstream file of 15539 bytes
