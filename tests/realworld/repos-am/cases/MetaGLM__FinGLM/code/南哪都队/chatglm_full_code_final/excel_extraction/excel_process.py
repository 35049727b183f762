stub: upstream file of 19953 bytes
