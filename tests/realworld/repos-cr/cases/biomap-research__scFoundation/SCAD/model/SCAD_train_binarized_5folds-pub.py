stub: upstream file of 26561 bytes
