stub: upstream file of 9725 bytes
