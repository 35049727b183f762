stub: upstream file of 14929 bytes
