stub: upstream file of 123186 bytes
