stub: upstream file of 3195 bytes
