stub: upstream file of 20619 bytes
