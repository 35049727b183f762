stub: upstream file of 27419 bytes
