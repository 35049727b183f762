stub: upstream file of 15580 bytes
