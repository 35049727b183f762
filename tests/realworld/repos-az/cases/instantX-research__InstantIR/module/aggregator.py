stub: upstream file of 48531 bytes
