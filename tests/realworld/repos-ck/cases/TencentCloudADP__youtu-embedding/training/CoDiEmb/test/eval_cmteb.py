stub: upstream file of 10881 bytes
