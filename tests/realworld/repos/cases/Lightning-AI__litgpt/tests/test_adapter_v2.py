stub: upstream file of 22912 bytes
