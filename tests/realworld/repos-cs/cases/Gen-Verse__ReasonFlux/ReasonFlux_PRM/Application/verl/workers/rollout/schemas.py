stub: upstream file of 12002 bytes
