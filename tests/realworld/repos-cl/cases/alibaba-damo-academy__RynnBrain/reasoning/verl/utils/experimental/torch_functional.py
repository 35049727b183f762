stub: upstream file of 7983 bytes
