stub: upstream file of 2121 bytes
