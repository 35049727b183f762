stub: upstream file of 22921 bytes
