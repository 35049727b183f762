stub: upstream file of 2159 bytes
