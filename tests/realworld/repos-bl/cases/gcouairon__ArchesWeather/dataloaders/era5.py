stub: upstream file of 19619 bytes
