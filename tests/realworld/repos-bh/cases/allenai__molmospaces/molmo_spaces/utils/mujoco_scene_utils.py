stub: upstream file of 16021 bytes
