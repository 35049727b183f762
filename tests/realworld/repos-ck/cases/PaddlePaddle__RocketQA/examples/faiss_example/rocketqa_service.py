stub: upstream file of 4878 bytes
