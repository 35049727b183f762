stub: upstream file of 16194 bytes
