stub: upstream file of 41686 bytes
