stub: upstream file of 795 bytes
