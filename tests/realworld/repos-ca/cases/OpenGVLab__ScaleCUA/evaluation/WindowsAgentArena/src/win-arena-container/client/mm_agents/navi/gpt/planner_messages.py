stub: upstream file of 21748 bytes
