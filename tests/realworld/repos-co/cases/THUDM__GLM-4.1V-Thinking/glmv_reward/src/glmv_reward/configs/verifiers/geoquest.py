stub: upstream file of 531 bytes
