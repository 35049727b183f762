stub: upstream file of 16939 bytes
