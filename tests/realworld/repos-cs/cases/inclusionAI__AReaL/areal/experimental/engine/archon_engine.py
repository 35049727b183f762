stub: upstream file of 57040 bytes
