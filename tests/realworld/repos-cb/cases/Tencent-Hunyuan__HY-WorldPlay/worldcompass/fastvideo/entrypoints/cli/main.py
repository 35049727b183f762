stub: upstream file of 1159 bytes
