stub: upstream file of 57617 bytes
