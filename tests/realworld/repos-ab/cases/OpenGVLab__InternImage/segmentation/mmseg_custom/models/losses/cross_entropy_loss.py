stub: upstream file of 11883 bytes
