stub: upstream file of 25827 bytes
