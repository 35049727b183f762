stub: upstream file of 4121 bytes
