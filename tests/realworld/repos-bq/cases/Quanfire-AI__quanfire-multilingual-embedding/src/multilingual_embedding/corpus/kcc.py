stub: upstream file of 18809 bytes
