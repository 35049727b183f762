stub: upstream file of 17491 bytes
