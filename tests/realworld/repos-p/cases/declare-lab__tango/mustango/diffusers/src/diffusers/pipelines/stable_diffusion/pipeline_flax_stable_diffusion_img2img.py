stub: upstream file of 22770 bytes
