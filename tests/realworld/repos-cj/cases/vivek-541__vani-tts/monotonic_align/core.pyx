stub: upstream file of 350 bytes
