stub: upstream file of 10918 bytes
