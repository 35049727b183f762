stub: upstream file of 84800 bytes
