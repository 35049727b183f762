stub: upstream file of 57137 bytes
