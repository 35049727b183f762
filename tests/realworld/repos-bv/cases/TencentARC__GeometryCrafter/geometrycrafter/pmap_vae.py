stub: upstream file of 12723 bytes
