stub: upstream file of 14592 bytes
