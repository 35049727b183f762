stub: upstream file of 40865 bytes
