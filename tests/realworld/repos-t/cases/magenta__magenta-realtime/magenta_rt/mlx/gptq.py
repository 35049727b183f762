stub: upstream file of 21925 bytes
