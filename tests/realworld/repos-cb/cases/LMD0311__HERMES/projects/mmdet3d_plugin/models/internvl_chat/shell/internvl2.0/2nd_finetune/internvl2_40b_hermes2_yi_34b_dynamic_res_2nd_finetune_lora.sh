stub: upstream file of 1893 bytes
