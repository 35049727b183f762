stub: upstream file of 25832 bytes
