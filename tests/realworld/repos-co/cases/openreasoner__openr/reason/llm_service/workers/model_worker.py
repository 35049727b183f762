stub: upstream file of 15832 bytes
