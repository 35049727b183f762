stub: upstream file of 11127 bytes
