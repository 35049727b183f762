stub: upstream file of 5048 bytes
