stub: upstream file of 76960 bytes
