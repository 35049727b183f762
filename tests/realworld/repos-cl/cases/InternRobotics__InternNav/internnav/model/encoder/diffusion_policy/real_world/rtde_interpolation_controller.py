stub: upstream file of 12878 bytes
