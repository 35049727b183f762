stub: upstream file of 4867 bytes
