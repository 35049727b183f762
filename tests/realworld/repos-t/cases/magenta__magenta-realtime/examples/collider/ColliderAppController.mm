stub: upstream file of 42269 bytes
