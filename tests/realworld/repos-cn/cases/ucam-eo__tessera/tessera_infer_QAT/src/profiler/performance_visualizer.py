stub: upstream file of 23836 bytes
