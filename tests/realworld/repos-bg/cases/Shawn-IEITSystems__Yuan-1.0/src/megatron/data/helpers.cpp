stub: upstream file of 27145 bytes
