stub: upstream file of 21433 bytes
