stub: upstream file of 33796 bytes
