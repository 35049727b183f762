stub: upstream file of 44902 bytes
