stub: upstream file of 15392 bytes
