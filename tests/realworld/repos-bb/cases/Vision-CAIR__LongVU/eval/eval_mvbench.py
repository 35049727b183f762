stub: upstream file of 13918 bytes
