stub: upstream file of 619 bytes
