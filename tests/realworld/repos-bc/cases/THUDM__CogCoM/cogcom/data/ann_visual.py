stub: upstream file of 15960 bytes
