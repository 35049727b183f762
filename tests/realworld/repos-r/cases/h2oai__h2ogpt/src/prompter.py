stub: upstream file of 130779 bytes
