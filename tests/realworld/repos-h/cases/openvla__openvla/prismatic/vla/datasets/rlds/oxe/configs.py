stub: upstream file of 30621 bytes
