stub: upstream file of 7440 bytes
