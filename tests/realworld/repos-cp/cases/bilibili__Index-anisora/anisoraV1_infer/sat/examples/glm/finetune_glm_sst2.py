stub: upstream file of 4393 bytes
