stub: upstream file of 15194 bytes
