stub: upstream file of 2967 bytes
