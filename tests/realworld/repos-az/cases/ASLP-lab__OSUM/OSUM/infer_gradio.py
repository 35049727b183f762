stub: upstream file of 10557 bytes
