stub: upstream file of 7154 bytes
