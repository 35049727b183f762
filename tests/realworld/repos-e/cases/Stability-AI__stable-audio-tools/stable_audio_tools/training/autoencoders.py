stub: upstream file of 28694 bytes
