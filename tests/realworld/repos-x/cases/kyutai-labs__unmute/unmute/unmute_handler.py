stub: upstream file of 25162 bytes
