stub: upstream file of 6900 bytes
