stub: upstream file of 3823 bytes
