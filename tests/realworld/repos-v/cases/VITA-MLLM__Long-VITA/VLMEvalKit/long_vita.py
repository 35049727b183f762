stub: upstream file of 7878 bytes
