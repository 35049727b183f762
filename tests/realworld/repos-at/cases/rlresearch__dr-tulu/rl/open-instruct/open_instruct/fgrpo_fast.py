stub: upstream file of 124974 bytes
