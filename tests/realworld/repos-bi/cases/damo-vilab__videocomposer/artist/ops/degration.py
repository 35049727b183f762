stub: upstream file of 35994 bytes
