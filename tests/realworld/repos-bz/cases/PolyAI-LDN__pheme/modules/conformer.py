stub: upstream file of 19119 bytes
