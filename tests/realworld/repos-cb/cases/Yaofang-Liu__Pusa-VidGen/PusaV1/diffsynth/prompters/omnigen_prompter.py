stub: upstream file of 15398 bytes
