stub: upstream file of 17757 bytes
