stub: upstream file of 10697 bytes
