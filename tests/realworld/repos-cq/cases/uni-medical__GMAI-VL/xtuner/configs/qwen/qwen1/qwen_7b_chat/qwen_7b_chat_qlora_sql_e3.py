stub: upstream file of 7541 bytes
