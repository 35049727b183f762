stub: upstream file of 35144 bytes
