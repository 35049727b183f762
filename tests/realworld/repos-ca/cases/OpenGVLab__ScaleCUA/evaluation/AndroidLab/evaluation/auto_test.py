stub: upstream file of 16048 bytes
