stub: upstream file of 33821 bytes
