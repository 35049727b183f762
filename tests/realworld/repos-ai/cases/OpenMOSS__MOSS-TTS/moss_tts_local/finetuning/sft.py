stub: upstream file of 26982 bytes
