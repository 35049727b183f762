stub: upstream file of 16565 bytes
