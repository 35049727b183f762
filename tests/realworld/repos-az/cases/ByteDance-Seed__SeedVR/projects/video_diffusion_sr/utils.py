stub: upstream file of 12342 bytes
