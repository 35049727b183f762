stub: upstream file of 2211 bytes
