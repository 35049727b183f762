stub: upstream file of 25727 bytes
