stub: upstream file of 16973 bytes
