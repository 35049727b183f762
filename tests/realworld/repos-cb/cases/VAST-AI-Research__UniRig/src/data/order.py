stub: upstream file of 3892 bytes
