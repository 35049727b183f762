stub: upstream file of 10489 bytes
