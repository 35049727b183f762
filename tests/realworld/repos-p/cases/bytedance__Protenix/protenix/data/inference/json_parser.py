stub: upstream file of 21411 bytes
