stub: upstream file of 3106 bytes
