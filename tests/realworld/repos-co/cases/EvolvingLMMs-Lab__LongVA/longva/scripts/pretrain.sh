stub: upstream file of 1915 bytes
