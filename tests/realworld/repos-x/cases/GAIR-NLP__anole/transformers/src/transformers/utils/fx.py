stub: upstream file of 56566 bytes
