stub: upstream file of 25028 bytes
