stub: upstream file of 6918 bytes
