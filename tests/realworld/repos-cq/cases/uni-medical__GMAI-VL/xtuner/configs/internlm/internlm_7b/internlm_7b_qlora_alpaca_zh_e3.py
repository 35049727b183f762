stub: upstream file of 7107 bytes
