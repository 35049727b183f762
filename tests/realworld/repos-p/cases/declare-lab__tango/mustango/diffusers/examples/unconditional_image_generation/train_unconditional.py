stub: upstream file of 28634 bytes
