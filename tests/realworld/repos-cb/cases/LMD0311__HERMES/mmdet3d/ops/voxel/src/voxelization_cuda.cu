stub: upstream file of 19764 bytes
