stub: upstream file of 48919 bytes
