stub: upstream file of 28703 bytes
