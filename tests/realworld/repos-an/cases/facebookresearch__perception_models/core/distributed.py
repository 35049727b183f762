stub: upstream file of 16195 bytes
