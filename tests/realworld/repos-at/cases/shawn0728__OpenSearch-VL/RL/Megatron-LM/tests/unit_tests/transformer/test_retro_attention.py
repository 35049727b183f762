stub: upstream file of 7848 bytes
