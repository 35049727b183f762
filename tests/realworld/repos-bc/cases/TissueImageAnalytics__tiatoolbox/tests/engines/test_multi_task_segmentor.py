stub: upstream file of 51646 bytes
