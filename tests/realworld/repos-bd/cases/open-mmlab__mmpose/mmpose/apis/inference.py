stub: upstream file of 9415 bytes
