stub: upstream file of 69576 bytes
