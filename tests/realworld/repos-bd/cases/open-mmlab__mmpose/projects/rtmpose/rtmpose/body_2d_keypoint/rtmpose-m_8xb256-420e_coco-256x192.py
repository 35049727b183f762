stub: upstream file of 6609 bytes
