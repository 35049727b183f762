stub: upstream file of 7882 bytes
