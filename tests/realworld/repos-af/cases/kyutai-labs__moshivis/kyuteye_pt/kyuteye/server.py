stub: upstream file of 16480 bytes
