stub: upstream file of 11133 bytes
