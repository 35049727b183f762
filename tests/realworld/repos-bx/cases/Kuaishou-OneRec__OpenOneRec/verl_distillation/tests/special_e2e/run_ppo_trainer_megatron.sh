stub: upstream file of 12062 bytes
