stub: upstream file of 13472 bytes
