stub: upstream file of 9433 bytes
