stub: upstream file of 25450 bytes
