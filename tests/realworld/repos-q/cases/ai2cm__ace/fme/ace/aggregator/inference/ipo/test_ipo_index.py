stub: upstream file of 10967 bytes
