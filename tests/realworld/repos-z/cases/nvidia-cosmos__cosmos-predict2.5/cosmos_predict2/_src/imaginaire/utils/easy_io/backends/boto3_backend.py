stub: upstream file of 30653 bytes
