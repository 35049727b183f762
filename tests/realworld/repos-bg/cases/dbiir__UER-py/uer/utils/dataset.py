stub: upstream file of 34102 bytes
