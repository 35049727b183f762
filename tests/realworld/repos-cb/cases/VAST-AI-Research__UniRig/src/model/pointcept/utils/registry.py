stub: upstream file of 10951 bytes
