stub: upstream file of 8925 bytes
