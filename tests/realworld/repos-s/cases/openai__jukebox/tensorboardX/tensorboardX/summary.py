stub: upstream file of 22704 bytes
