stub: upstream file of 42715 bytes
