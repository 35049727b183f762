stub: upstream file of 24489 bytes
