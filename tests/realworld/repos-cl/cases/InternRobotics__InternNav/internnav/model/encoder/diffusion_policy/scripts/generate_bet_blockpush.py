stub: upstream file of 2142 bytes
