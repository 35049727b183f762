stub: upstream file of 37006 bytes
