stub: upstream file of 13005 bytes
