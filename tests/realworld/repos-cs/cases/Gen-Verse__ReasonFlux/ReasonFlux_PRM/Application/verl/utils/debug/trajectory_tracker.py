stub: upstream file of 3132 bytes
