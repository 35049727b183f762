stub: upstream file of 1191 bytes
