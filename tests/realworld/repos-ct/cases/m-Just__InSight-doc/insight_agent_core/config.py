stub: upstream file of 13161 bytes
