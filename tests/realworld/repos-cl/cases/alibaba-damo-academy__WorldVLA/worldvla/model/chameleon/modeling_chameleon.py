stub: upstream file of 88062 bytes
