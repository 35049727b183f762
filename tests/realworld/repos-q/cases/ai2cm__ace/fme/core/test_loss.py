stub: upstream file of 37878 bytes
