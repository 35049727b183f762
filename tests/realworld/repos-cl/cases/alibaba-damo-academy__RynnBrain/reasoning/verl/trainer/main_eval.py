stub: upstream file of 2796 bytes
