stub: upstream file of 16521 bytes
