stub: upstream file of 45657 bytes
