stub: upstream file of 9304 bytes
