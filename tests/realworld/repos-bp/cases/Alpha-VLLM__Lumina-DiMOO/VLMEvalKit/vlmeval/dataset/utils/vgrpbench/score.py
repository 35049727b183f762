stub: upstream file of 17634 bytes
