stub: upstream file of 167631 bytes
