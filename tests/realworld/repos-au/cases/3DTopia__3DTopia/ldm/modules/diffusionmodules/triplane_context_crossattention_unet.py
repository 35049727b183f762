stub: upstream file of 40483 bytes
