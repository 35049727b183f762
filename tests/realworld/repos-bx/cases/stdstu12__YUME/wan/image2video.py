stub: upstream file of 19509 bytes
