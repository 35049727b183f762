stub: upstream file of 34928 bytes
