stub: upstream file of 10926 bytes
