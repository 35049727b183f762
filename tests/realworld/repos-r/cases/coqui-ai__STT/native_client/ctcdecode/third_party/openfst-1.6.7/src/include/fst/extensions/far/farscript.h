stub: upstream file of 11071 bytes
