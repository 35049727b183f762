stub: upstream file of 20888 bytes
