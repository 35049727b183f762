stub: upstream file of 23873 bytes
