stub: upstream file of 34652 bytes
