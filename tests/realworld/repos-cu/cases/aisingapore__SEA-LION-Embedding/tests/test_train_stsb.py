stub: upstream file of 6912 bytes
