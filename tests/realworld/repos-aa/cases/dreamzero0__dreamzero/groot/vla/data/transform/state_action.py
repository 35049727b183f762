stub: upstream file of 39633 bytes
