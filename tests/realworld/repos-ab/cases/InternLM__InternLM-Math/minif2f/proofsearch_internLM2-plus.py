stub: upstream file of 11870 bytes
