stub: upstream file of 42426 bytes
