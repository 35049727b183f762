stub: upstream file of 19306 bytes
