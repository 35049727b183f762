stub: upstream file of 3155 bytes
