stub: upstream file of 34594 bytes
