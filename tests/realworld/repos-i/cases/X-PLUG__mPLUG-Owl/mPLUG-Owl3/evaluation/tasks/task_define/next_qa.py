stub: upstream file of 23192 bytes
