stub: upstream file of 4961 bytes
