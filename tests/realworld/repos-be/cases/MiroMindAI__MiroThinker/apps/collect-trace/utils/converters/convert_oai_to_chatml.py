stub: upstream file of 13007 bytes
