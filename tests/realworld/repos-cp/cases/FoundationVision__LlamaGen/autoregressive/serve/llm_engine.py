stub: upstream file of 28754 bytes
