stub: upstream file of 12548 bytes
