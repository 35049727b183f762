stub: upstream file of 2768 bytes
