stub: upstream file of 19842 bytes
