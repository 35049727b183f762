stub: upstream file of 788 bytes
