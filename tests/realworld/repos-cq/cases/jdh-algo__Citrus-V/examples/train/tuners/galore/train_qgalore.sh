stub: upstream file of 592 bytes
