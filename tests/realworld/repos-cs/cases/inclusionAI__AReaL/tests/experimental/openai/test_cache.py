stub: upstream file of 10344 bytes
