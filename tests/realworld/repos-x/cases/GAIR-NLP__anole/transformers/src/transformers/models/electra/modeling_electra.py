stub: upstream file of 75885 bytes
