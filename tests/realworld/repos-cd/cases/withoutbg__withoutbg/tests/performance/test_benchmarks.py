stub: upstream file of 13142 bytes
