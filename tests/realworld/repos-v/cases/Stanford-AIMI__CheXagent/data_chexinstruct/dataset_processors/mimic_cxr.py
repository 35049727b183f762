stub: upstream file of 17037 bytes
