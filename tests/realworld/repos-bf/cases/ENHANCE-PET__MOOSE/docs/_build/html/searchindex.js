stub: upstream file of 19480 bytes
