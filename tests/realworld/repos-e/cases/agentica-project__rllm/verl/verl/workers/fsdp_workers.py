stub: upstream file of 55964 bytes
