stub: upstream file of 11478 bytes
