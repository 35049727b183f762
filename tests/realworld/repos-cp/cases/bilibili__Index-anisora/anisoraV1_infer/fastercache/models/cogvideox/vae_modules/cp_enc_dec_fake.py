stub: upstream file of 35115 bytes
