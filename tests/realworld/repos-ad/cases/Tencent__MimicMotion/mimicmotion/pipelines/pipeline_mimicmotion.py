stub: upstream file of 28794 bytes
