stub: upstream file of 25893 bytes
