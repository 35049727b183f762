stub: upstream file of 186932 bytes
