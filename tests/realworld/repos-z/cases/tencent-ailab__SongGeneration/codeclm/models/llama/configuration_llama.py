stub: upstream file of 8918 bytes
