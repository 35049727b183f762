stub: upstream file of 46878 bytes
