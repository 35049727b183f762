stub: upstream file of 57527 bytes
