stub: upstream file of 6954 bytes
