stub: upstream file of 12980 bytes
