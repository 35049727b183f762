stub: upstream file of 45587 bytes
