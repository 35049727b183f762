stub: upstream file of 9817 bytes
