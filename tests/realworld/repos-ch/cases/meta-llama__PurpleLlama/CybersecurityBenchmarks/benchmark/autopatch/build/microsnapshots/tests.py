stub: upstream file of 11768 bytes
