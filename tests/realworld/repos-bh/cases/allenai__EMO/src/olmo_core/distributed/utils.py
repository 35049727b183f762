stub: upstream file of 18714 bytes
