stub: upstream file of 23507 bytes
