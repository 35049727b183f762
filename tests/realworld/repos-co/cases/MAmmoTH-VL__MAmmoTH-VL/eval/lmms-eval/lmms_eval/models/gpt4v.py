stub: upstream file of 10166 bytes
