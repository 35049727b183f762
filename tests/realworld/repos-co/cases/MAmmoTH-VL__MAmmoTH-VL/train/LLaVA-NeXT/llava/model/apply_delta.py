stub: upstream file of 1932 bytes
