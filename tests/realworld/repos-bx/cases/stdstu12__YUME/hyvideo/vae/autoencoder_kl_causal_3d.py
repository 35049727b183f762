stub: upstream file of 26211 bytes
