stub: upstream file of 3360 bytes
