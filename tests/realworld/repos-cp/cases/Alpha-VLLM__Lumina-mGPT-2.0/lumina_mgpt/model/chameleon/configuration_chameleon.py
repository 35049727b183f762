stub: upstream file of 13304 bytes
