stub: upstream file of 44784 bytes
