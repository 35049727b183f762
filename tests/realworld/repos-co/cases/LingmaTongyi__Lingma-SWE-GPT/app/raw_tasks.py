stub: upstream file of 7762 bytes
