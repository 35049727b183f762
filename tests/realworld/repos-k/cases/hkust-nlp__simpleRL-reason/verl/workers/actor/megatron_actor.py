stub: upstream file of 19062 bytes
