stub: upstream file of 18293 bytes
