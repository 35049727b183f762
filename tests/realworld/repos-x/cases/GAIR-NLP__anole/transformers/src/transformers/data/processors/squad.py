stub: upstream file of 33153 bytes
