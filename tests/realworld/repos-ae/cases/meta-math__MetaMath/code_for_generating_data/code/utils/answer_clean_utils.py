stub: upstream file of 7511 bytes
