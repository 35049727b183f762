stub: upstream file of 15505 bytes
