stub: upstream file of 21339 bytes
