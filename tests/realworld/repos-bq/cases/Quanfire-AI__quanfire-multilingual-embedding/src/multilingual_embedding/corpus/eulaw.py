stub: upstream file of 17796 bytes
