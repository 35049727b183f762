stub: upstream file of 6815 bytes
