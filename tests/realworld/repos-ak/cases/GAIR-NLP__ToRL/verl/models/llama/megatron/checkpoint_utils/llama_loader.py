stub: upstream file of 19729 bytes
