stub: upstream file of 7907 bytes
