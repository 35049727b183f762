stub: upstream file of 11307 bytes
