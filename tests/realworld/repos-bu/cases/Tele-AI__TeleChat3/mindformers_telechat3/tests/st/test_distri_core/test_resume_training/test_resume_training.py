stub: upstream file of 15614 bytes
