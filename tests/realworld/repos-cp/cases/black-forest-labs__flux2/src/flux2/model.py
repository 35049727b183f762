stub: upstream file of 14926 bytes
