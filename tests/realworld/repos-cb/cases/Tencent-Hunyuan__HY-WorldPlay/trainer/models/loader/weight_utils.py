stub: upstream file of 9252 bytes
