stub: upstream file of 7694 bytes
