stub: upstream file of 23795 bytes
