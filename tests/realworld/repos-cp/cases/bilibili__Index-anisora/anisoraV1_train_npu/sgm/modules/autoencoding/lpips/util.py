stub: upstream file of 3954 bytes
