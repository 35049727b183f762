stub: upstream file of 29083 bytes
