stub: upstream file of 472804 bytes
