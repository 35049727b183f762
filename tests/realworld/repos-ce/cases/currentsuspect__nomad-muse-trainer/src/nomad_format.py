stub: upstream file of 24907 bytes
