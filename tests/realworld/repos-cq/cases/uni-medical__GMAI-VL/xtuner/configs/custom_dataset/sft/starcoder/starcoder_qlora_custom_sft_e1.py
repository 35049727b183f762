stub: upstream file of 7874 bytes
