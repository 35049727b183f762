stub: upstream file of 992 bytes
