stub: upstream file of 19142 bytes
