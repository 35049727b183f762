stub: upstream file of 39909 bytes
