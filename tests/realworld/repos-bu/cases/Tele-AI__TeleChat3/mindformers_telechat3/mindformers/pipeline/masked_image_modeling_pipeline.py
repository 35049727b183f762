stub: upstream file of 5764 bytes
