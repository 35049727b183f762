stub: upstream file of 21602 bytes
