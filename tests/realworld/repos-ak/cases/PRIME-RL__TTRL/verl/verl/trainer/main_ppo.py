stub: upstream file of 8507 bytes
