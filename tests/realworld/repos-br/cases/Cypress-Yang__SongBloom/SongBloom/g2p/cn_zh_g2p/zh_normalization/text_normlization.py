stub: upstream file of 7189 bytes
