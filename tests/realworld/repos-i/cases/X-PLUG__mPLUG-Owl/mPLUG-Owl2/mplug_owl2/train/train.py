stub: upstream file of 31796 bytes
