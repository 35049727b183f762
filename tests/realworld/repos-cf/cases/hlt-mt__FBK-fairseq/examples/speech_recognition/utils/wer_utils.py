stub: upstream file of 11842 bytes
