stub: upstream file of 18446 bytes
