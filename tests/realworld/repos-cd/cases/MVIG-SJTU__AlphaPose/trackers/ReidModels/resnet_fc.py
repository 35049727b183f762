stub: upstream file of 15221 bytes
