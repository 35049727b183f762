stub: upstream file of 13961 bytes
