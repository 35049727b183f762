stub: upstream file of 51166 bytes
