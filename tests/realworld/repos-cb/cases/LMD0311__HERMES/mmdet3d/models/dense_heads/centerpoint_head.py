stub: upstream file of 32683 bytes
