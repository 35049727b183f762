stub: upstream file of 23918 bytes
