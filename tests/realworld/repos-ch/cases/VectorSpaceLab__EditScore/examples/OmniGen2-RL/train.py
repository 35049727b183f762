stub: upstream file of 53827 bytes
