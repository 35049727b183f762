stub: upstream file of 19798 bytes
