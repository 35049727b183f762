stub: upstream file of 5796 bytes
