stub: upstream file of 2873 bytes
