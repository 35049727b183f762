stub: upstream file of 22428 bytes
