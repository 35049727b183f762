stub: upstream file of 17641 bytes
