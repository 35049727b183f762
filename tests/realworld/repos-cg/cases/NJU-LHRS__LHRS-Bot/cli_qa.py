stub: upstream file of 6260 bytes
