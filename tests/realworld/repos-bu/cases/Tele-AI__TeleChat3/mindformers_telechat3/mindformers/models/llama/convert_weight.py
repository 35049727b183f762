stub: upstream file of 15649 bytes
