stub: upstream file of 7672 bytes
