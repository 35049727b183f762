stub: upstream file of 2139 bytes
