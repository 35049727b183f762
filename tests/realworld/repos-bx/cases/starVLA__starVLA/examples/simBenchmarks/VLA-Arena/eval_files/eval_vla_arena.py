stub: upstream file of 20505 bytes
