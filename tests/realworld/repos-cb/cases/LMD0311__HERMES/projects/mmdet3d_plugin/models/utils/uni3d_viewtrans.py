stub: upstream file of 11441 bytes
