stub: upstream file of 686 bytes
