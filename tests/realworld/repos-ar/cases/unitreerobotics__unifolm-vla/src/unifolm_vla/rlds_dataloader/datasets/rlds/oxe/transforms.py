stub: upstream file of 37937 bytes
