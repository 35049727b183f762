stub: upstream file of 1873 bytes
