stub: upstream file of 17982 bytes
