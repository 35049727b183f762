stub: upstream file of 1777 bytes
