stub: upstream file of 6770 bytes
