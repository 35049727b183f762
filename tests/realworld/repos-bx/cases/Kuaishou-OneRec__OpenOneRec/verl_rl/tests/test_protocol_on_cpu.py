stub: upstream file of 22896 bytes
