stub: upstream file of 3956 bytes
