stub: upstream file of 9865 bytes
