stub: upstream file of 349683 bytes
