stub: upstream file of 11805 bytes
