stub: upstream file of 23683 bytes
