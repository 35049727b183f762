stub: upstream file of 26918 bytes
