stub: upstream file of 6626 bytes
