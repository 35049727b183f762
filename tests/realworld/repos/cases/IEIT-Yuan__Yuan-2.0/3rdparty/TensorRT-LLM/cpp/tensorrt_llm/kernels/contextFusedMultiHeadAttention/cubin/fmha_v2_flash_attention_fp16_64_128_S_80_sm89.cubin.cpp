stub: upstream file of 728566 bytes
