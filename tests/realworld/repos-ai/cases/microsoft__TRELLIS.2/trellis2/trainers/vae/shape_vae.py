stub: upstream file of 11359 bytes
