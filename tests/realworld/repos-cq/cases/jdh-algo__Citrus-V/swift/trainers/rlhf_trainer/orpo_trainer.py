stub: upstream file of 633 bytes
