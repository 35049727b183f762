stub: upstream file of 55708 bytes
