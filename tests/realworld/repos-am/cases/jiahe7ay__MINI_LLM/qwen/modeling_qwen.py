stub: upstream file of 57144 bytes
