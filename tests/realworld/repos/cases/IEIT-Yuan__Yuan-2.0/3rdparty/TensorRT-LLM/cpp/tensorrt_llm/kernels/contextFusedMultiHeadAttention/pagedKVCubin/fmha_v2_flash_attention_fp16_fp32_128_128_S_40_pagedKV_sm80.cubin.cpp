stub: upstream file of 1024609 bytes
