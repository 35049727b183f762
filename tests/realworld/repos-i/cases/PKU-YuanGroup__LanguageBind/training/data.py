stub: upstream file of 20392 bytes
