stub: upstream file of 6712 bytes
