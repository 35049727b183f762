stub: upstream file of 17760 bytes
