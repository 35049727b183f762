stub: upstream file of 21740 bytes
