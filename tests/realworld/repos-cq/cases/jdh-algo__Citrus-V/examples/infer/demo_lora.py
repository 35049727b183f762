stub: upstream file of 2958 bytes
