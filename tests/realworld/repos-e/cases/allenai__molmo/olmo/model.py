stub: upstream file of 106666 bytes
