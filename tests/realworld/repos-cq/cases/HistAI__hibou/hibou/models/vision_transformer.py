stub: upstream file of 15527 bytes
