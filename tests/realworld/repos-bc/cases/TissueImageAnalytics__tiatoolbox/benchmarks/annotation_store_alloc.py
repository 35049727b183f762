stub: upstream file of 10729 bytes
