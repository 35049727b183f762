stub: upstream file of 25914 bytes
