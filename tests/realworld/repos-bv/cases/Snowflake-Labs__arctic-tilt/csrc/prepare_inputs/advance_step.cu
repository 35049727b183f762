stub: upstream file of 13587 bytes
