stub: upstream file of 10878 bytes
