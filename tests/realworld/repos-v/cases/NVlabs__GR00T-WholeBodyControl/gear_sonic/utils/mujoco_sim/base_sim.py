stub: upstream file of 27260 bytes
