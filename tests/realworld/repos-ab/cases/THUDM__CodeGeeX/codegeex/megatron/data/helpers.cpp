stub: upstream file of 27148 bytes
