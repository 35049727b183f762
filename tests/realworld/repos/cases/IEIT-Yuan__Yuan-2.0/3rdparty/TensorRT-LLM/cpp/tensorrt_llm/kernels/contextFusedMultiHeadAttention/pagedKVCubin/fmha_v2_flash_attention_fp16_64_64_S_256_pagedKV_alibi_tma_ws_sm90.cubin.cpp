stub: upstream file of 1422778 bytes
