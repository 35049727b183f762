stub: upstream file of 159 bytes
