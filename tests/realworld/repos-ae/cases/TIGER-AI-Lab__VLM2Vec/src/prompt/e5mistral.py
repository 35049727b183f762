stub: upstream file of 12588 bytes
