stub: upstream file of 10129 bytes
