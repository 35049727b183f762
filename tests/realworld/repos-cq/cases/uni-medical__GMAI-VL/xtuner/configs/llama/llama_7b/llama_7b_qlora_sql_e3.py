stub: upstream file of 7283 bytes
