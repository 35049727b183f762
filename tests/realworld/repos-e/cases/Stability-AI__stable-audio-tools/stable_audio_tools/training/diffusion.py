stub: upstream file of 48416 bytes
