stub: upstream file of 10779 bytes
