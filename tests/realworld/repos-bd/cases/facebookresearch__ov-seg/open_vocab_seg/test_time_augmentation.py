stub: upstream file of 8808 bytes
