stub: upstream file of 10250 bytes
