stub: upstream file of 11762 bytes
