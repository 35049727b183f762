stub: upstream file of 25878 bytes
