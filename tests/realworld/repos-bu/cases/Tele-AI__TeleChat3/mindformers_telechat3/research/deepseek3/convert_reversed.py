stub: upstream file of 28633 bytes
