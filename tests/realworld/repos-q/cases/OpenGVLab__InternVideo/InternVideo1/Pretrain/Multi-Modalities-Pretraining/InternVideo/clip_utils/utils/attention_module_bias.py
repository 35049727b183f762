stub: upstream file of 15638 bytes
