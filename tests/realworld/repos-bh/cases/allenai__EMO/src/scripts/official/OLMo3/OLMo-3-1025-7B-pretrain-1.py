stub: upstream file of 7004 bytes
