stub: upstream file of 11428 bytes
