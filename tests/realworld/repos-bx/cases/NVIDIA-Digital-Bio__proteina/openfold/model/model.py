stub: upstream file of 15524 bytes
