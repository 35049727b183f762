stub: upstream file of 5856 bytes
