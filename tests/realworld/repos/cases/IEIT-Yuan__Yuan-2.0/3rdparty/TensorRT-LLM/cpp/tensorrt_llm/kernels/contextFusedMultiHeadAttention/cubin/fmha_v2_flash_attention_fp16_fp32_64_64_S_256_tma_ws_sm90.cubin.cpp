stub: upstream file of 1614962 bytes
