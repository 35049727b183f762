stub: upstream file of 9935 bytes
