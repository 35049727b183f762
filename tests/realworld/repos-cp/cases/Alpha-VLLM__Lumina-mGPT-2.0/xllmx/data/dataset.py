stub: upstream file of 7466 bytes
