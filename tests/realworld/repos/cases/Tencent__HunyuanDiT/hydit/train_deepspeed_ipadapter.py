stub: upstream file of 25842 bytes
