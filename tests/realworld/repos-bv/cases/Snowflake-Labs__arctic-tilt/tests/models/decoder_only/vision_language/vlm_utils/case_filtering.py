stub: upstream file of 6796 bytes
