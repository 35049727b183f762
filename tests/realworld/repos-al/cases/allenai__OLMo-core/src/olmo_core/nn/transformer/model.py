stub: upstream file of 48896 bytes
