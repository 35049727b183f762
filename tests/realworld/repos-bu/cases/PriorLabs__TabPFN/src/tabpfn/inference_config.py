stub: upstream file of 17695 bytes
