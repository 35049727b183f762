stub: upstream file of 23865 bytes
