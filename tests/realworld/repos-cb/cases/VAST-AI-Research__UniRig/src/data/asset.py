stub: upstream file of 15199 bytes
