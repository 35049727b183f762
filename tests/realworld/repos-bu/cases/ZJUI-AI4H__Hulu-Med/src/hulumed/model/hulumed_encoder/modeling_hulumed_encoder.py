stub: upstream file of 21717 bytes
