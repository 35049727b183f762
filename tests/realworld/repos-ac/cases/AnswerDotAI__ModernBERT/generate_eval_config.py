stub: upstream file of 18694 bytes
