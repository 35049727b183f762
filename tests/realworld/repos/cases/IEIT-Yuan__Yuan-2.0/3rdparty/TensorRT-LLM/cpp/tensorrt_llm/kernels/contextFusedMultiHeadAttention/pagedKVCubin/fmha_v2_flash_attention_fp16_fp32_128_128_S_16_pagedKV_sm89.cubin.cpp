stub: upstream file of 849377 bytes
