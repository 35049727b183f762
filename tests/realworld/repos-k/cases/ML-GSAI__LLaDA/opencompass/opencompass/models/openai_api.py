stub: upstream file of 31666 bytes
