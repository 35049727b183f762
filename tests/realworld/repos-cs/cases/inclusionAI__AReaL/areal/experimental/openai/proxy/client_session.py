stub: upstream file of 10981 bytes
