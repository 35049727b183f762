stub: upstream file of 19712 bytes
