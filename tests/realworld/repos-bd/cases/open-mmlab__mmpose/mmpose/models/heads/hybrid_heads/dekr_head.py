stub: upstream file of 22514 bytes
