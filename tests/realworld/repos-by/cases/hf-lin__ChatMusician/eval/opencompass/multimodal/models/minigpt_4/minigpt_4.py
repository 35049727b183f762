stub: upstream file of 11411 bytes
