stub: upstream file of 44669 bytes
