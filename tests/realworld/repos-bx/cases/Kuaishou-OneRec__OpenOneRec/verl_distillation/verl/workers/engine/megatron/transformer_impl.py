stub: upstream file of 27439 bytes
