stub: upstream file of 23118 bytes
