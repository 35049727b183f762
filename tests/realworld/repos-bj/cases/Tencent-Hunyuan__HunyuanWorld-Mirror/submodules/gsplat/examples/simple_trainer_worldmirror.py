stub: upstream file of 58209 bytes
