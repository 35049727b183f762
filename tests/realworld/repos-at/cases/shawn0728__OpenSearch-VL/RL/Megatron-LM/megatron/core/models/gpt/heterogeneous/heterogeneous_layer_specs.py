stub: upstream file of 8310 bytes
