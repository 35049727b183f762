stub: upstream file of 15976 bytes
