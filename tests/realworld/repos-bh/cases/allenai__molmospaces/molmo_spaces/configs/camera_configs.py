stub: upstream file of 38810 bytes
