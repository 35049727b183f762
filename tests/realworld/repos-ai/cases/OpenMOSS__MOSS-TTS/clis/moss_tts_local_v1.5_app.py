stub: upstream file of 76459 bytes
