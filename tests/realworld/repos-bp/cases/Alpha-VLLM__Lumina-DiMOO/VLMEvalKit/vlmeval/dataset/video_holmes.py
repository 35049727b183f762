stub: upstream file of 10445 bytes
