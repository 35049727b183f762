stub: upstream file of 37210 bytes
