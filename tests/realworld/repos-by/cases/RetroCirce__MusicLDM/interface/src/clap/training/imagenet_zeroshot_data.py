stub: upstream file of 22135 bytes
