stub: upstream file of 7367 bytes
