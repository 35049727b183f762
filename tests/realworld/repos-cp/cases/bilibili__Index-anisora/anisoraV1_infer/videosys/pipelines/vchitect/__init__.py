stub: upstream file of 158 bytes
