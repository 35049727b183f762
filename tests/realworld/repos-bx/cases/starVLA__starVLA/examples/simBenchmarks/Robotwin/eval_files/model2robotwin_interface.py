stub: upstream file of 8949 bytes
