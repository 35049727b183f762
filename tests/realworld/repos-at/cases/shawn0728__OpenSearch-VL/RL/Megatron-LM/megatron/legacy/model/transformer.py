stub: upstream file of 79016 bytes
