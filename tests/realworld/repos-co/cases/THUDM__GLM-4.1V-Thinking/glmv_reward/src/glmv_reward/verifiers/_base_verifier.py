stub: upstream file of 1896 bytes
