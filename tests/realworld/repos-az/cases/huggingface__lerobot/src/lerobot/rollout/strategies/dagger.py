stub: upstream file of 35918 bytes
