stub: upstream file of 11039 bytes
