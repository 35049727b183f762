stub: upstream file of 17127 bytes
