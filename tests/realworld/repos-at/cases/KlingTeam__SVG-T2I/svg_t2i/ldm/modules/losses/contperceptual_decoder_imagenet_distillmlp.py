stub: upstream file of 9276 bytes
