stub: upstream file of 22429 bytes
