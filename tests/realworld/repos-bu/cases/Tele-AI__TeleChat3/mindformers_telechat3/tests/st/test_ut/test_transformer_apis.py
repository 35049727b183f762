stub: upstream file of 27965 bytes
