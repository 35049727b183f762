stub: upstream file of 9915 bytes
