stub: upstream file of 921 bytes
