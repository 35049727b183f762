stub: upstream file of 57531 bytes
