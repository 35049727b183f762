stub: upstream file of 55043 bytes
