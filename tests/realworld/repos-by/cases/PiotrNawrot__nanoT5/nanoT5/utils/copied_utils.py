stub: upstream file of 26152 bytes
