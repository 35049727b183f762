stub: upstream file of 2133 bytes
