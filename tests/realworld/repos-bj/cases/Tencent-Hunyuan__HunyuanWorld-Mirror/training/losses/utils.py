stub: upstream file of 25772 bytes
