stub: upstream file of 15355 bytes
