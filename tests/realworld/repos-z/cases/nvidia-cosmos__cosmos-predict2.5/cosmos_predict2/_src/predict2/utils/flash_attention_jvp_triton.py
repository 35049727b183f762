stub: upstream file of 29665 bytes
