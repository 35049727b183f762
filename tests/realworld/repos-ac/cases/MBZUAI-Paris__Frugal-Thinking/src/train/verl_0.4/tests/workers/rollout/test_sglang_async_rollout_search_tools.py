stub: upstream file of 17614 bytes
