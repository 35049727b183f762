stub: upstream file of 9762 bytes
