stub: upstream file of 960554 bytes
