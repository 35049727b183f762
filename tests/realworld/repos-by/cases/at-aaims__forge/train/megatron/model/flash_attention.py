stub: upstream file of 15772 bytes
