stub: upstream file of 18808 bytes
