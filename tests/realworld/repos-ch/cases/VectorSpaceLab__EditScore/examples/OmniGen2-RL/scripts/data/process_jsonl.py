stub: upstream file of 3638 bytes
