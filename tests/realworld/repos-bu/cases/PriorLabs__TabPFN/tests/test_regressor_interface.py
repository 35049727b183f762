stub: upstream file of 71999 bytes
