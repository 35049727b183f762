stub: upstream file of 36429 bytes
