stub: upstream file of 28625 bytes
