stub: upstream file of 25856 bytes
