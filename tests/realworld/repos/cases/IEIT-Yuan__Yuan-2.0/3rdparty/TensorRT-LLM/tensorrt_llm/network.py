stub: upstream file of 23933 bytes
