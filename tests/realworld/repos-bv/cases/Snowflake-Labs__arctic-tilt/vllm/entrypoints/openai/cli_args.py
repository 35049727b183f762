stub: upstream file of 11642 bytes
