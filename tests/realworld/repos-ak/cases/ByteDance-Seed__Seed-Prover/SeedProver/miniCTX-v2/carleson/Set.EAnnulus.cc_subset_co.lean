stub: upstream file of 20571 bytes
