stub: upstream file of 2149 bytes
