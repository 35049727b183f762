stub: upstream file of 17968 bytes
