stub: upstream file of 3883 bytes
