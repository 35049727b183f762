stub: upstream file of 25732 bytes
