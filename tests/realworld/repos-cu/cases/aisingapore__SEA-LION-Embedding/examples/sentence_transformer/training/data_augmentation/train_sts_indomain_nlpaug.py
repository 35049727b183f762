stub: upstream file of 7196 bytes
