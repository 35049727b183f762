stub: upstream file of 2125 bytes
