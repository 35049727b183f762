stub: upstream file of 9016 bytes
