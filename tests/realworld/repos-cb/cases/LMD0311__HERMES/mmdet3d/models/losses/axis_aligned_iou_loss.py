stub: upstream file of 2808 bytes
