stub: upstream file of 809 bytes
