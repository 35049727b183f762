stub: upstream file of 24601 bytes
