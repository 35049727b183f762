stub: upstream file of 27163 bytes
