stub: upstream file of 29669 bytes
