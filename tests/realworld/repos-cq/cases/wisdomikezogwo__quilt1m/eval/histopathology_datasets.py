stub: upstream file of 7809 bytes
