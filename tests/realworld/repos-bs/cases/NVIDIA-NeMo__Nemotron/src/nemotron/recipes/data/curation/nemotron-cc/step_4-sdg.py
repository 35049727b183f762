stub: upstream file of 29619 bytes
