stub: upstream file of 602 bytes
