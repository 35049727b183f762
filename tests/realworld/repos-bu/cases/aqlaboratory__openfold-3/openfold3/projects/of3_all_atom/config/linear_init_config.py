stub: upstream file of 8981 bytes
