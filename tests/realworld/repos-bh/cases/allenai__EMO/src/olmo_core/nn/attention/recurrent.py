stub: upstream file of 17511 bytes
