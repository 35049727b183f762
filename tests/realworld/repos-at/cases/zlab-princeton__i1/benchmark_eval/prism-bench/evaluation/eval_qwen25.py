stub: upstream file of 31142 bytes
