stub: upstream file of 47569 bytes
