stub: upstream file of 37656 bytes
