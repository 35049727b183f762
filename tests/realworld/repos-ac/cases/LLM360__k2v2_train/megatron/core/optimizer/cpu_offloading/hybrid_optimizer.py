stub: upstream file of 19524 bytes
