stub: upstream file of 23896 bytes
