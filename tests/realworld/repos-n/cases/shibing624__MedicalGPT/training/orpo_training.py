stub: upstream file of 27799 bytes
