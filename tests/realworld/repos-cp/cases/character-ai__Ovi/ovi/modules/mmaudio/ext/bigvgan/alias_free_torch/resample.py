stub: upstream file of 1859 bytes
