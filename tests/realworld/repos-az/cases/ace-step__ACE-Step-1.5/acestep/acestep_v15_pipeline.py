stub: upstream file of 19885 bytes
