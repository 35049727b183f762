stub: upstream file of 32865 bytes
