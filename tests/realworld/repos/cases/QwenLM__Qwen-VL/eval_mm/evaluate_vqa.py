stub: upstream file of 15375 bytes
