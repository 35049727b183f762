stub: upstream file of 13798 bytes
