stub: upstream file of 16918 bytes
