stub: upstream file of 20732 bytes
