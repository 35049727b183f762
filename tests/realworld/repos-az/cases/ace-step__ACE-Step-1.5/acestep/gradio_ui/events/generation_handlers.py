stub: upstream file of 42512 bytes
