stub: upstream file of 25996 bytes
