stub: upstream file of 28702 bytes
