stub: upstream file of 26037 bytes
