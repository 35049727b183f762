stub: upstream file of 27883 bytes
