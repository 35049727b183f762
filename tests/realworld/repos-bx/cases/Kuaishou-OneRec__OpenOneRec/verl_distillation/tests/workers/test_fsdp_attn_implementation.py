stub: upstream file of 22037 bytes
