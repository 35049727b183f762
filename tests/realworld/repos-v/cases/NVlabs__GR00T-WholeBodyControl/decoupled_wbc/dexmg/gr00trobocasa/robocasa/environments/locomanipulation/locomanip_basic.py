stub: upstream file of 27082 bytes
