stub: upstream file of 33820 bytes
