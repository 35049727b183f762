stub: upstream file of 109619 bytes
