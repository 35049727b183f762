stub: upstream file of 9583 bytes
