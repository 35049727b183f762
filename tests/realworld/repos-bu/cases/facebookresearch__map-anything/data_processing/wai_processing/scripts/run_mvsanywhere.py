stub: upstream file of 13757 bytes
