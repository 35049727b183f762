stub: upstream file of 4133 bytes
