stub: upstream file of 5094 bytes
