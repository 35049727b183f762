stub: upstream file of 26647 bytes
