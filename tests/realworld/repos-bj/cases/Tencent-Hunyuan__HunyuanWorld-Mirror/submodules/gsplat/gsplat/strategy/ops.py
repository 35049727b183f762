stub: upstream file of 13476 bytes
