stub: upstream file of 59689 bytes
