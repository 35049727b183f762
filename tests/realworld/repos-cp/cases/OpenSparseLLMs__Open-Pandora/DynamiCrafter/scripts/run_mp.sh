stub: upstream file of 2693 bytes
