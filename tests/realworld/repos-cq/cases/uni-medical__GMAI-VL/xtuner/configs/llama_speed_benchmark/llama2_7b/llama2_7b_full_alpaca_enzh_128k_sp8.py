stub: upstream file of 7527 bytes
