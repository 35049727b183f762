stub: upstream file of 4729 bytes
