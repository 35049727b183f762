stub: upstream file of 23135 bytes
