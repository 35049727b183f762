stub: upstream file of 22105 bytes
