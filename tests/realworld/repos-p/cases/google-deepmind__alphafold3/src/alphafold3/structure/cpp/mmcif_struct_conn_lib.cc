stub: upstream file of 15528 bytes
