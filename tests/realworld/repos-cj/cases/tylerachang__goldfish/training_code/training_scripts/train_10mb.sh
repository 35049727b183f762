stub: upstream file of 264507 bytes
