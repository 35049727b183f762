stub: upstream file of 7849 bytes
