stub: upstream file of 11531 bytes
