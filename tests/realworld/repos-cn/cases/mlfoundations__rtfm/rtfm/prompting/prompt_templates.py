stub: upstream file of 17589 bytes
