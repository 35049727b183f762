stub: upstream file of 27151 bytes
