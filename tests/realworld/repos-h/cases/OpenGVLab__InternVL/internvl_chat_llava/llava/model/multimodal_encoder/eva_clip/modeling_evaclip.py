stub: upstream file of 62550 bytes
