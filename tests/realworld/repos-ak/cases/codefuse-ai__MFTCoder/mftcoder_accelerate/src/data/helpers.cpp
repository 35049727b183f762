stub: upstream file of 34118 bytes
