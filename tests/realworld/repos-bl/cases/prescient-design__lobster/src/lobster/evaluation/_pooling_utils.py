stub: upstream file of 3389 bytes
