stub: upstream file of 388361 bytes
