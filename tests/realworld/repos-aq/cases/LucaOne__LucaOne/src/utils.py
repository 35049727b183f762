stub: upstream file of 87799 bytes
