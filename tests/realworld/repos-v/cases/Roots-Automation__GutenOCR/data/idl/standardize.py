stub: upstream file of 25824 bytes
