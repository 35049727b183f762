stub: upstream file of 29125 bytes
