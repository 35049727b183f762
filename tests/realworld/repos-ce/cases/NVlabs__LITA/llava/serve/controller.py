stub: upstream file of 9936 bytes
