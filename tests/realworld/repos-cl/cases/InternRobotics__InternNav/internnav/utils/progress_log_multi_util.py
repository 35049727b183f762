stub: upstream file of 4183 bytes
