stub: upstream file of 97561 bytes
