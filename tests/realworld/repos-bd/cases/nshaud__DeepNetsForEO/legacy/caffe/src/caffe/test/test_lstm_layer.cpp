stub: upstream file of 10668 bytes
