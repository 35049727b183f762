stub: upstream file of 13543 bytes
