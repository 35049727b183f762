stub: upstream file of 41786 bytes
