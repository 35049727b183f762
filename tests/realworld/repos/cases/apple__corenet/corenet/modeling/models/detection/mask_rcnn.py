stub: upstream file of 34270 bytes
