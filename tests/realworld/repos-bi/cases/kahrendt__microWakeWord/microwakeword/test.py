stub: upstream file of 21048 bytes
