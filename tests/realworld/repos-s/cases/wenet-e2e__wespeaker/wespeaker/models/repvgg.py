stub: upstream file of 33913 bytes
