stub: upstream file of 13134 bytes
