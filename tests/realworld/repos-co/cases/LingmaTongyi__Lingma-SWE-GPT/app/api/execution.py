stub: upstream file of 4557 bytes
